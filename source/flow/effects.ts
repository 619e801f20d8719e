import {AppError} from '../errors/app-error.js';
import type {WizardAction} from './actions.js';
import {saveProfileEffect, runSaveProfile, type SaveProfileEffect} from './clear/effects.js';
import {copyEffect, runCopyEffect, type CopyEffect} from './copy/effects.js';
import {fetchEffect, runFetch, type FetchEffect} from './fetch/effects.js';
import {removeProfileEffect, runRemoveProfile, type RemoveProfileEffect} from './profiles/effects.js';
import {runSyncProfile, syncEffect, type SyncProfileEffect} from './shared/profile-sync.js';
import type {WizardServices} from './services.js';
import type {WizardState} from './state.js';

/**
 * The work the current state waits for: a face runs it (runEffect) and answers with an action
 * carrying the same id. When the effect disappears (Esc while fetching), the face aborts it; an
 * answer that comes anyway is ignored.
 */
export type PendingEffect = FetchEffect | CopyEffect | SaveProfileEffect | RemoveProfileEffect | SyncProfileEffect;

export function pendingEffect(state: WizardState): PendingEffect | undefined {
	switch (state.step) {
		case 'profiles':
			return removeProfileEffect(state);
		case 'clear':
			return saveProfileEffect(state);
		case 'fetch':
			return fetchEffect(state) ?? syncEffect(state);
		case 'copy':
			return copyEffect(state) ?? syncEffect(state);
		default:
			return undefined;
	}
}

/** The action that reports a failure of `effect`. */
function failed(effect: PendingEffect, error: AppError): WizardAction {
	const {id} = effect;
	switch (effect.type) {
		case 'fetch':
			return {type: 'fetch/failed', id, error};
		case 'copy':
			return {type: 'copy/failed', id, error};
		case 'write-file':
			return {type: 'file/failed', id, error};
		case 'verify':
			return {type: 'verify/failed', id, error};
		case 'save-profile':
			return {type: 'save/failed', id, error};
		case 'remove-profile':
			return {type: 'profiles/remove-failed', id, error};
		case 'sync-profile':
			return {type: 'sync/failed', id, error};
	}
}

function run(effect: PendingEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	switch (effect.type) {
		case 'fetch':
			return runFetch(effect, services, signal);
		case 'save-profile':
			return runSaveProfile(effect, services);
		case 'remove-profile':
			return runRemoveProfile(effect, services);
		case 'sync-profile':
			return runSyncProfile(effect, services.saveProfile);
		default:
			return runCopyEffect(effect, services, signal);
	}
}

/**
 * Runs what the flow waits for and answers with the action that reports it. Both faces call this,
 * so a fetch, a copy or a save behaves the same in Ink and in plain prompts. Errors that are not the
 * user's, the network's or the disk's (bugs) are thrown, not turned into a screen.
 */
export async function runEffect(effect: PendingEffect, services: WizardServices, signal: AbortSignal): Promise<WizardAction> {
	try {
		return await run(effect, services, signal);
	} catch (error) {
		if (error instanceof AppError) return failed(effect, error);
		throw error;
	}
}
