performance.mark('bs-main');
import { render } from 'preact';
import '../../components/dossier/dossier.css';
import '../../components/sidebar/sidebar.css';
import { SidebarApp } from './sidebar-app';

render(<SidebarApp />, document.getElementById('app')!);
