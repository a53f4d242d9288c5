import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/app.css';
import './styles/budget.css';
import './styles/financing.css';
import './styles/call-sheets.css';
import './styles/production-reports.css';
import './styles/cost.css';
import './styles/progress-report.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
