import { render } from 'preact';
import '../../components/theme.css';
import '../../page-save/save-form.css';
import './save.css';
import { SaveWindow } from './SaveWindow.tsx';

render(<SaveWindow />, document.getElementById('app')!);
