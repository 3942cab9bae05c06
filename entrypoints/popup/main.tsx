import { render } from 'preact';
render(<p>Dossier</p>, document.getElementById('app')!);
