// First: zod must be configured before any module builds a schema (see zodConfig.ts).
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/home.css';
import './styles/editor.css';
import './styles/canvas.css';
import './styles/cards.css';
import './styles/lanes.css';
import './styles/pane.css';
import './styles/inspector.css';
import './styles/workshop.css';
import './styles/room.css';
import './styles/files.css';
import './styles/matrix.css';
import { App } from './App';
import { api, apiOutlivingPage, desktopBridgeMissing } from './api/client';
import { BridgeMissing } from './BridgeMissing';
import { createAppStore } from './state/createAppStore';
import { setAppStore } from './state/store';
import { applyStoredTheme } from './ui/theme';

applyStoredTheme();
// The page's one store, before anything renders (state/store.ts).
setAppStore(createAppStore({ api, apiOutlivingPage }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>{desktopBridgeMissing ? <BridgeMissing /> : <App />}</StrictMode>,
);
