import { render } from 'preact';
import '@/components/theme.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { askBackground } from '@/utils/ask-background';

render(<PopupApp ask={askBackground} />, document.getElementById('app')!);
