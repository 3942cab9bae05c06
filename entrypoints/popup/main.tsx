import { render } from 'preact';
import '../../components/theme.css';
import '../../components/entity-card.css';
import './popup.css';
import { Popup } from './Popup.tsx';

render(<Popup />, document.getElementById('app')!);
