import { render } from 'preact';
import '../../components/theme.css';
import '../../components/entity-card.css';
import '../../components/mark-legend.css';
import './welcome.css';
import { Welcome } from './Welcome.tsx';
import { startReaderNames } from '../reader/page-names.ts';

render(<Welcome />, document.getElementById('app')!);
// Extension pages get no content scripts: the example paragraph is highlighted, with
// hover cards, by the same glue the reader uses.
startReaderNames();
