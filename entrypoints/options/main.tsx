import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';

render(<OptionsApp />, document.getElementById('app')!);
