import type {AppError} from '../../errors/app-error.js';

/**
 * Work the flow asked a face to do (a request, a copy, a save): not started, running under an id,
 * done with its result, or failed. `job` is what was asked, kept for the screen. Every piece of
 * work in the wizard is one of these, so "ignore a late answer" is one rule: answerWork.
 */
export type Work<Job, Result> = Idle | Running<Job> | Done<Job, Result> | Failed<Job>;

export type Idle = Readonly<{status: 'idle'}>;
export type Running<Job> = Readonly<{status: 'running'; id: number; job: Job}>;
export type Done<Job, Result> = Readonly<{status: 'done'; job: Job; result: Result}>;
export type Failed<Job> = Readonly<{status: 'failed'; job: Job; error: AppError}>;

export const idle: Idle = {status: 'idle'};

/** A new piece of work under the next id; the state's `seq` moves on to it. */
export function startWork<Job>(seq: number, job: Job): Readonly<{seq: number; work: Running<Job>}> {
	const id = seq + 1;
	return {seq: id, work: {status: 'running', id, job}};
}

/** What a face answers with: the id it was given, and the result or the error. */
export type WorkAnswer<Result> = Readonly<{id: number; result: Result} | {id: number; error: AppError}>;

/**
 * The work once `answer` is in: done or failed. An answer to other work — a request the user
 * cancelled, a copy asked for twice — comes late and changes nothing: the same object returns.
 */
export function answerWork<Job, Result>(work: Work<Job, Result>, answer: WorkAnswer<Result>): Work<Job, Result> {
	if (work.status !== 'running' || work.id !== answer.id) return work;
	return 'error' in answer ? {status: 'failed', job: work.job, error: answer.error} : {status: 'done', job: work.job, result: answer.result};
}
