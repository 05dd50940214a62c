import { render } from 'preact';
import '@/components/theme.css';
import '@/components/editor/editor.css';
import { EditorApp } from '@/components/editor/EditorApp';
import { askBackground } from '@/utils/ask-background';
import { browserEditorActions } from '@/utils/editor/editor-browser';

render(<EditorApp ask={askBackground} browser={browserEditorActions} />, document.getElementById('app')!);
