import { createRoot } from 'react-dom/client';
import { App } from './App';
import { opening } from './state/opening';
import './style.css';

// Opened as a full tab (`popup.html?tabId=`): use the room.
if (new URLSearchParams(location.search).has('tabId')) document.body.classList.add('tab');

// React renders once, with the stored state (state/opening.ts: one storage read, started in <head> by
// popup-opening.js): nothing is shown before it, and the first paint is the tab as it was left.
const root = createRoot(document.getElementById('root')!);
void opening().then((open) => root.render(<App open={open} />));
