import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';

render(<PopupApp />, document.getElementById('app')!);
