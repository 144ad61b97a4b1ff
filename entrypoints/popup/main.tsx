import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { StorageUnavailable } from '../../components/common/storage-unavailable';
import { canOpenDatabase } from '../../storage/db';

// In a Firefox private window the popup may not open the database: it says so (docs/firefox.md).
const root = document.getElementById('app')!;
void canOpenDatabase().then((ok) => render(ok ? <PopupApp /> : <StorageUnavailable surface="popup" />, root));
