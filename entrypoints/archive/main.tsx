import { render } from 'preact';
import '../../components/theme.css';
import './archive.css';
import { ArchivePage } from './ArchivePage.tsx';

render(<ArchivePage />, document.getElementById('app')!);
