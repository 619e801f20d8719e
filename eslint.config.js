// Lint rules, configured once: typescript-eslint's recommended type-aware checks, and React's hooks
// rules so an effect's dependencies are checked. There is no formatter: the code follows the style around it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'bench/results.json']},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
		},
		plugins: {'react-hooks': reactHooks},
		rules: {
			...reactHooks.configs.recommended.rules,
			// `_name` marks a value left unused on purpose (a destructured field dropped).
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}],
			// Template literals with numbers and the like are how every message here is written.
			'@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true, allowBoolean: true}],
		},
	},
	{
		// Tests read JSON answers of real servers and poke at them: `any` there is the point.
		files: ['test/**'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
		},
	},
	{
		// The build scripts are plain JavaScript run by Node, outside the type-checked program.
		files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: {globals: globals.node},
	},
	{
		// CommonJS: the standalone executable's main script must be one.
		files: ['**/*.cjs'],
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
);
