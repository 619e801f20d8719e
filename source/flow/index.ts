// The wizard's pure core, for both faces (Ink and plain prompts): state, actions, effects, views.
export type {WizardAction} from './actions.js';
export {checkField, emptyCredentials, proposalFor, type Credentials, type FieldCheck} from './check-field.js';
export {cleanPaste, type Cleaned} from './clean-paste.js';
export {
	authOf,
	buildRequest,
	choiceOf,
	clientAuthChoices,
	defaultConfig,
	defaultTokenName,
	resolvedTokenName,
	type ClientAuthChoice,
	type ConfigDraft,
	type RememberChoice,
} from './configure-rules.js';
export {formatParams, parseParams, type Param} from './extra-params.js';
export {formatClock, formatDuration, type IssueView, type ViewOptions} from './format.js';
export {createInitialState, type InitialOptions} from './initial-state.js';
export {hasErrors, type Issue, type IssueCode, type IssueLevel} from './issues.js';
export {keyAction, keyHintLine, keyHints, menuChoices, type KeyHint, type KeyName, type MenuChoice} from './keys.js';
export {mask, maskToken} from './mask.js';
export {pendingEffect, type PendingEffect} from './pending-effect.js';
export {networkOf} from './profile-input.js';
export type {Prefill} from './prefill.js';
export {wizardReducer} from './reducer.js';
export type * from './state.js';
export {stepAtFault, type FaultTarget} from './step-at-fault.js';
export * from './steps.js';
export {isLoopback} from './url-rules.js';
export * from './view-copy.js';
export * from './view-fetch.js';
export * from './view-field.js';
export * from './view-setup.js';
export * from './view-profiles.js';
export {editAction} from './edit-action.js';
export {profileInputOf} from './profile-input.js';
export * from './view-steps.js';
export * from './view-summaries.js';
