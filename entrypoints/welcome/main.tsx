import { createRoot } from 'react-dom/client';
import { WelcomeGuide } from '../../components/WelcomeGuide';
import { t } from '../../components/i18n';
import './style.css';

// The first-run guide (opened by the background on install, linked from the popup while no token is entered).
// Language and title follow the messages Chrome picked, so a screen reader reads Russian text as Russian.
document.documentElement.lang = t('welcomeLang');
document.title = `${t('welcomeTitle')}`;
createRoot(document.getElementById('root')!).render(<WelcomeGuide />);
