// Entry point: creates the lab's store and mounts the page into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createLabStore } from './store/labStore';
import './app/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const store = createLabStore();
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
