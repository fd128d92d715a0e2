import { createRoot } from 'react-dom/client';
import { App } from './App';
import { opening } from './state/opening';
import './style.css';

// The stored state is read before React renders anything: the first paint needs nothing else (state/opening.ts).
void opening();

// Opened as a full tab (`popup.html?tabId=`): use the room.
if (new URLSearchParams(location.search).has('tabId')) document.body.classList.add('tab');

createRoot(document.getElementById('root')!).render(<App />);
