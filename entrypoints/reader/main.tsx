import { render } from 'preact';
import '../../components/theme.css';
import './reader.css';
import { Reader } from './Reader.tsx';

render(<Reader />, document.getElementById('app')!);
