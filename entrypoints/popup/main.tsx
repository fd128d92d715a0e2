import { createRoot } from 'react-dom/client';
import { App } from './App';
import './style.css';

// Opened as a full tab (`popup.html?tabId=`): use the room.
if (new URLSearchParams(location.search).has('tabId')) document.body.classList.add('tab');

createRoot(document.getElementById('root')!).render(<App />);
