// The extension's board page entry (opened full screen from the popup).
import { render } from 'preact';
import '../shared/pages.css';
import './board-page.css';
import { BoardPage } from './BoardPage';

render(<BoardPage />, document.getElementById('app')!);
