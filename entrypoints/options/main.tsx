import { render } from 'preact';
import '@/components/theme.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { askBackground } from '@/utils/ask-background';

render(<OptionsApp ask={askBackground} />, document.getElementById('app')!);
