import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import { StorageUnavailable } from '../../components/common/storage-unavailable';
import { canOpenDatabase } from '../../storage/db';

// In a Firefox private window the options page may not open the database: it says so (docs/firefox.md).
const root = document.getElementById('app')!;
void canOpenDatabase().then((ok) => render(ok ? <OptionsApp /> : <StorageUnavailable surface="options" />, root));
