import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Two shared cores: PTY and server tests are steadier with few workers.
		maxWorkers: 2,
		// Ink draws only the final frame when it sees CI set (is-in-ci, read when Ink loads). The
		// in-process Ink tests read every frame, as a terminal shows them, on CI as on a laptop.
		env: {CI: 'false'},
	},
});
