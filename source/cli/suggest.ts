/**
 * The edit distance between two words (insertions, deletions, substitutions, and a swap of two
 * neighbours counting as one): "gett" is 1 from "get", "--tokenurl" 1 from "--token-url".
 */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The candidate a typo most likely meant: the closest one within a third of the word's length
 * (at least 1, so "gett" finds "get"), or the one it is the start of ("--tok" → "--token-url").
 * None when two are equally close: a wrong guess is worse than none.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const typed = word.toLowerCase();
	const starting = candidates.filter(candidate => typed.length >= 3 && candidate.startsWith(typed));
	if (starting.length === 1) return starting[0];
	const limit = Math.max(1, Math.floor(typed.length / 3));
	const scored = candidates.map(candidate => ({candidate, distance: editDistance(typed, candidate.toLowerCase())})).filter(item => item.distance <= limit);
	const best = Math.min(...scored.map(item => item.distance));
	const winners = scored.filter(item => item.distance === best);
	return winners.length === 1 ? winners[0]!.candidate : undefined;
}
