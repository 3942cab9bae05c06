import { render } from 'preact';
import '../../components/theme.css';
import '../../components/mark-legend.css';
import './options.css';
import { Options } from './Options.tsx';

render(<Options />, document.getElementById('app')!);
