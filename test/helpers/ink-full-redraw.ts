// Ink as the wizard imports it, except that render() always redraws the whole frame: the
// reference that test/e2e/incremental-rendering.test.ts builds the CLI against (an esbuild alias
// of `ink` to this file). Ink itself is bundled as published.
import {render as inkRender, type RenderOptions} from 'ink';
import type {ReactNode} from 'react';

export * from 'ink';

export function render(tree: ReactNode, options: RenderOptions = {}): ReturnType<typeof inkRender> {
	return inkRender(tree, {...options, incrementalRendering: false});
}
