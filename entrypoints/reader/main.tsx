import { render } from 'preact';
import '../../components/theme.css';
import './reader.css';
import { Reader } from './Reader.tsx';
import { startReaderNames } from './page-names.ts';

render(<Reader />, document.getElementById('app')!);
startReaderNames();
