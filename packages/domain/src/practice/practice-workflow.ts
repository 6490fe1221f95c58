/**
 * The policy-example (good practice) workflow (DOMAIN.md 3 and 6; the Interreg Europe Policy
 * Learning Platform's two-step validation):
 *
 *   DRAFT -> SUBMITTED -> PUBLISHED -> ARCHIVED
 *   SUBMITTED -> CHANGES_REQUESTED -> SUBMITTED
 *   SUBMITTED -> REJECTED
 *
 * Partner editors write and submit their own partner's practices; admins (lead-partner staff)
 * validate and may edit any practice. A published practice is never edited in place: its
 * partner works on a *revision*, which runs the same DRAFT -> SUBMITTED -> ... cycle while the
 * practice stays public with its published text; publishing the revision replaces that text.
 *
 * Everything here is pure: `decidePractice(subject, action, actor)` says whether an action is
 * allowed and where it leads, or which guard refuses it. The API and both apps call it.
 */

export const PRACTICE_STATUSES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** A revision of a published practice: the same cycle, ending in PUBLISHED (merged) or REJECTED. */
export type RevisionStatus = Extract<PracticeStatus, 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED'>;

export const PRACTICE_ACTIONS = ['EDIT', 'SUBMIT', 'REQUEST_CHANGES', 'PUBLISH', 'REJECT', 'ARCHIVE'] as const;
export type PracticeAction = (typeof PRACTICE_ACTIONS)[number];

/** The guard that refused an action. Its name is the code the API answers with. */
export type PracticeGuard =
  /** The action does not exist from this status (e.g. PUBLISH a DRAFT). */
  | 'TRANSITION_NOT_ALLOWED'
  /** Partner editors act on their own partner's practices only. */
  | 'OWN_PARTNER_ONLY'
  /** Validation (request changes, publish, reject, archive) is for admins. */
  | 'ADMIN_ONLY'
  /** Requesting changes and rejecting must tell the author why. */
  | 'COMMENT_REQUIRED'
  /** A practice under review is locked for its authors until the admin decides. */
  | 'LOCKED_UNDER_REVIEW'
  /** Submission needs every required section filled in. */
  | 'INCOMPLETE';

export interface PracticeActor {
  /** A LEARNER has no partner, so the partner rules refuse them everything. */
  readonly role: 'ADMIN' | 'PARTNER_EDITOR' | 'LEARNER';
  readonly partnerId: string | null;
}

/** What the workflow needs to know about a practice. */
export interface PracticeSubject {
  readonly status: PracticeStatus;
  readonly partnerId: string;
  /** Status of the open revision of a published practice, if one exists. */
  readonly revisionStatus?: RevisionStatus | null;
  /** The content that would be submitted (the revision's when there is one). */
  readonly content?: PracticeContentForCheck;
}

export interface PracticeContentForCheck {
  readonly title?: string | null;
  readonly summary?: string | null;
  readonly description?: string | null;
  readonly results?: readonly unknown[] | null;
  readonly lessonsLearned?: string | null;
  readonly transferPotential?: string | null;
  readonly country?: string | null;
  readonly regionCount?: number;
  readonly developmentAreas?: readonly string[] | null;
  readonly instrument?: string | null;
  readonly institution?: string | null;
  readonly startYear?: number | null;
}

/** Where an allowed action lands: on the practice itself or on its revision. */
export type PracticeTarget = 'PRACTICE' | 'REVISION' | 'NEW_REVISION';

export type PracticeDecision =
  | { readonly ok: true; readonly target: PracticeTarget; readonly from: PracticeStatus; readonly to: PracticeStatus }
  | { readonly ok: false; readonly guard: PracticeGuard; readonly message: string; readonly missing?: readonly string[] };

export const PRACTICE_TITLE_MAX = 100;

/** Status moves of the cycle, shared by practices and revisions. EDIT keeps the status. */
const MOVES: Readonly<Record<Exclude<PracticeAction, 'EDIT'>, Partial<Record<PracticeStatus, PracticeStatus>>>> = {
  SUBMIT: { DRAFT: 'SUBMITTED', CHANGES_REQUESTED: 'SUBMITTED' },
  REQUEST_CHANGES: { SUBMITTED: 'CHANGES_REQUESTED' },
  PUBLISH: { SUBMITTED: 'PUBLISHED' },
  REJECT: { SUBMITTED: 'REJECTED' },
  ARCHIVE: { PUBLISHED: 'ARCHIVED' },
};

const ADMIN_ACTIONS: ReadonlySet<PracticeAction> = new Set(['REQUEST_CHANGES', 'PUBLISH', 'REJECT', 'ARCHIVE']);
const COMMENTED_ACTIONS: ReadonlySet<PracticeAction> = new Set(['REQUEST_CHANGES', 'REJECT']);
/** Revisions that are still being worked on or reviewed (at most one per practice). */
const OPEN_REVISION: ReadonlySet<string> = new Set(['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED']);

export const isOpenRevision = (s: RevisionStatus | null | undefined): boolean => s != null && OPEN_REVISION.has(s);

/** Sections a practice must have before it can be submitted. */
export function missingForSubmission(c: PracticeContentForCheck): string[] {
  const blank = (s: string | null | undefined) => !s || s.trim() === '';
  const missing: string[] = [];
  if (blank(c.title)) missing.push('title');
  else if (c.title!.trim().length > PRACTICE_TITLE_MAX) missing.push('title');
  if (blank(c.summary)) missing.push('summary');
  if (blank(c.description)) missing.push('description');
  if (!c.results || c.results.length === 0) missing.push('results');
  if (blank(c.lessonsLearned)) missing.push('lessonsLearned');
  if (blank(c.transferPotential)) missing.push('transferPotential');
  if (blank(c.country)) missing.push('country');
  if (!c.regionCount) missing.push('regions');
  if (!c.developmentAreas || c.developmentAreas.length === 0) missing.push('developmentAreas');
  if (blank(c.instrument)) missing.push('instrument');
  if (blank(c.institution)) missing.push('institution');
  if (c.startYear == null) missing.push('startYear');
  return missing;
}

const refuse = (guard: PracticeGuard, message: string, missing?: string[]): PracticeDecision => ({ ok: false, guard, message, ...(missing ? { missing } : {}) });

/**
 * Decides an action on a practice by an actor. Guards run in a fixed order, so a refusal names
 * the first rule broken: ownership, role, the move itself, the review lock, the comment, then
 * completeness.
 */
export function decidePractice(subject: PracticeSubject, action: PracticeAction, actor: PracticeActor, opts: { comment?: string | null } = {}): PracticeDecision {
  const isAdmin = actor.role === 'ADMIN';
  if (!isAdmin && actor.partnerId !== subject.partnerId) return refuse('OWN_PARTNER_ONLY', "Partner editors can only work on their own partner's practices");
  if (!isAdmin && ADMIN_ACTIONS.has(action)) return refuse('ADMIN_ONLY', 'Only an administrator can validate, reject or archive a practice');

  const revision = subject.status === 'PUBLISHED' && isOpenRevision(subject.revisionStatus) ? subject.revisionStatus! : null;

  if (action === 'EDIT') {
    if (subject.status === 'PUBLISHED') {
      if (!revision) return { ok: true, target: 'NEW_REVISION', from: 'DRAFT', to: 'DRAFT' };
      if (revision === 'SUBMITTED' && !isAdmin) return refuse('LOCKED_UNDER_REVIEW', 'The revision is under review; wait for the decision');
      return { ok: true, target: 'REVISION', from: revision, to: revision };
    }
    if (subject.status === 'DRAFT' || subject.status === 'CHANGES_REQUESTED') return { ok: true, target: 'PRACTICE', from: subject.status, to: subject.status };
    if (subject.status === 'SUBMITTED') {
      if (isAdmin) return { ok: true, target: 'PRACTICE', from: 'SUBMITTED', to: 'SUBMITTED' };
      return refuse('LOCKED_UNDER_REVIEW', 'The practice is under review; wait for the decision');
    }
    return refuse('TRANSITION_NOT_ALLOWED', `A ${subject.status.toLowerCase()} practice cannot be edited`);
  }

  // ARCHIVE acts on the published practice itself; the other moves act on an open revision first.
  const onRevision = revision !== null && action !== 'ARCHIVE';
  const from: PracticeStatus = onRevision ? revision : subject.status;
  const to = MOVES[action][from];
  if (!to) return refuse('TRANSITION_NOT_ALLOWED', `Cannot ${action.toLowerCase().replace('_', ' ')} a ${from.toLowerCase().replace('_', ' ')} ${onRevision ? 'revision' : 'practice'}`);
  if (COMMENTED_ACTIONS.has(action) && !(opts.comment && opts.comment.trim())) return refuse('COMMENT_REQUIRED', 'Say what must change, or why the practice is rejected');
  if (action === 'SUBMIT' && subject.content) {
    const missing = missingForSubmission(subject.content);
    if (missing.length > 0) return refuse('INCOMPLETE', `Fill in before submitting: ${missing.join(', ')}`, missing);
  }
  return { ok: true, target: onRevision ? 'REVISION' : 'PRACTICE', from, to };
}

/** Actions the actor may take now (for buttons); completeness is not checked here. */
export function availablePracticeActions(subject: PracticeSubject, actor: PracticeActor): PracticeAction[] {
  return PRACTICE_ACTIONS.filter((a) => decidePractice({ ...subject, content: undefined }, a, actor, { comment: 'x' }).ok);
}

/** Whether anyone outside the partnership may see the practice. Only published ones are public. */
export const isPublicPractice = (status: PracticeStatus): boolean => status === 'PUBLISHED';

/** Who is notified of a move: admins when work arrives for review, the author on a decision. */
export function practiceNotificationAudience(action: PracticeAction): 'ADMINS' | 'AUTHOR' | null {
  if (action === 'SUBMIT') return 'ADMINS';
  if (action === 'REQUEST_CHANGES' || action === 'PUBLISH' || action === 'REJECT') return 'AUTHOR';
  return null;
}

/**
 * The PostgreSQL text-search configuration for a practice's language: the stemmers available on
 * both stores (PGlite 0.5 and PostgreSQL 15), else `simple` (the rows are unaccented either way).
 */
const SEARCH_CONFIG: Readonly<Record<string, string>> = {
  en: 'english',
  it: 'italian',
  ro: 'romanian',
  el: 'greek',
  hu: 'hungarian',
  sr: 'serbian',
  de: 'german',
};
export const SEARCH_CONFIGS = ['english', 'italian', 'romanian', 'greek', 'hungarian', 'serbian', 'german', 'simple'] as const;
export type SearchConfig = (typeof SEARCH_CONFIGS)[number];
export const searchConfigFor = (language: string): SearchConfig => (SEARCH_CONFIG[language.toLowerCase()] as SearchConfig | undefined) ?? 'simple';

/** A URL slug from a title: lower-case ASCII words joined by hyphens (accents dropped). */
export function practiceSlug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[șş]/gi, 's')
    .replace(/[țţ]/gi, 't')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return s || 'practice';
}
