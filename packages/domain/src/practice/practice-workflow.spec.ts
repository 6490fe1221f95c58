import fc from 'fast-check';
import {
  PRACTICE_ACTIONS,
  PRACTICE_STATUSES,
  availablePracticeActions,
  decidePractice,
  missingForSubmission,
  practiceSlug,
  searchConfigFor,
  type PracticeAction,
  type PracticeActor,
  type PracticeStatus,
  type PracticeSubject,
} from './practice-workflow';

const admin: PracticeActor = { role: 'ADMIN', partnerId: null };
const editor: PracticeActor = { role: 'PARTNER_EDITOR', partnerId: 'p1' };
const stranger: PracticeActor = { role: 'PARTNER_EDITOR', partnerId: 'p2' };
const complete = {
  title: 'Innovation vouchers for furniture SMEs',
  summary: 'Small grants to buy R&D services.',
  description: 'Long text',
  results: [{ description: '120 vouchers' }],
  lessonsLearned: 'Keep it simple',
  transferPotential: 'High',
  country: 'IT',
  regionCount: 1,
  developmentAreas: ['INNOVATION_RD'],
  instrument: 'VOUCHER',
  institution: 'Marche Region',
  startYear: 2016,
};
const subject = (status: PracticeStatus, extra: Partial<PracticeSubject> = {}): PracticeSubject => ({ status, partnerId: 'p1', content: complete, ...extra });

describe('decidePractice: the moves of the cycle', () => {
  it.each<[PracticeStatus, PracticeAction, PracticeActor, PracticeStatus]>([
    ['DRAFT', 'SUBMIT', editor, 'SUBMITTED'],
    ['CHANGES_REQUESTED', 'SUBMIT', editor, 'SUBMITTED'],
    ['SUBMITTED', 'REQUEST_CHANGES', admin, 'CHANGES_REQUESTED'],
    ['SUBMITTED', 'PUBLISH', admin, 'PUBLISHED'],
    ['SUBMITTED', 'REJECT', admin, 'REJECTED'],
    ['PUBLISHED', 'ARCHIVE', admin, 'ARCHIVED'],
    ['DRAFT', 'EDIT', editor, 'DRAFT'],
    ['CHANGES_REQUESTED', 'EDIT', editor, 'CHANGES_REQUESTED'],
    ['SUBMITTED', 'EDIT', admin, 'SUBMITTED'],
  ])('%s --%s by %o--> %s', (status, action, actor, to) => {
    expect(decidePractice(subject(status), action, actor, { comment: 'see notes' })).toEqual({ ok: true, target: 'PRACTICE', from: status, to });
  });

  it.each<[PracticeStatus, PracticeAction, PracticeActor, string]>([
    ['DRAFT', 'PUBLISH', admin, 'TRANSITION_NOT_ALLOWED'],
    ['DRAFT', 'REJECT', admin, 'TRANSITION_NOT_ALLOWED'],
    ['DRAFT', 'ARCHIVE', admin, 'TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', 'SUBMIT', editor, 'TRANSITION_NOT_ALLOWED'],
    ['REJECTED', 'SUBMIT', editor, 'TRANSITION_NOT_ALLOWED'],
    ['REJECTED', 'EDIT', editor, 'TRANSITION_NOT_ALLOWED'],
    ['ARCHIVED', 'PUBLISH', admin, 'TRANSITION_NOT_ALLOWED'],
    ['ARCHIVED', 'EDIT', admin, 'TRANSITION_NOT_ALLOWED'],
    ['PUBLISHED', 'PUBLISH', admin, 'TRANSITION_NOT_ALLOWED'],
    ['PUBLISHED', 'SUBMIT', editor, 'TRANSITION_NOT_ALLOWED'],
    ['CHANGES_REQUESTED', 'PUBLISH', admin, 'TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', 'PUBLISH', editor, 'ADMIN_ONLY'],
    ['SUBMITTED', 'REQUEST_CHANGES', editor, 'ADMIN_ONLY'],
    ['PUBLISHED', 'ARCHIVE', editor, 'ADMIN_ONLY'],
    ['DRAFT', 'EDIT', stranger, 'OWN_PARTNER_ONLY'],
    ['DRAFT', 'SUBMIT', stranger, 'OWN_PARTNER_ONLY'],
    ['SUBMITTED', 'EDIT', editor, 'LOCKED_UNDER_REVIEW'],
  ])('%s --%s by %o--> refused by %s', (status, action, actor, guard) => {
    const d = decidePractice(subject(status), action, actor, { comment: 'why' });
    expect(d).toMatchObject({ ok: false, guard });
  });

  it('requires a comment to request changes or reject', () => {
    for (const action of ['REQUEST_CHANGES', 'REJECT'] as const) {
      expect(decidePractice(subject('SUBMITTED'), action, admin, { comment: '  ' })).toMatchObject({ ok: false, guard: 'COMMENT_REQUIRED' });
      expect(decidePractice(subject('SUBMITTED'), action, admin)).toMatchObject({ ok: false, guard: 'COMMENT_REQUIRED' });
    }
    expect(decidePractice(subject('SUBMITTED'), 'PUBLISH', admin)).toMatchObject({ ok: true });
  });

  it('refuses an incomplete submission and names what is missing', () => {
    const d = decidePractice(subject('DRAFT', { content: { ...complete, summary: '', results: [], title: 'x'.repeat(101) } }), 'SUBMIT', editor);
    expect(d).toEqual({ ok: false, guard: 'INCOMPLETE', message: expect.any(String), missing: ['title', 'summary', 'results'] });
  });
});

describe('decidePractice: revisions of a published practice', () => {
  it('an edit of a published practice opens a revision, never an in-place edit', () => {
    expect(decidePractice(subject('PUBLISHED'), 'EDIT', editor)).toEqual({ ok: true, target: 'NEW_REVISION', from: 'DRAFT', to: 'DRAFT' });
    expect(decidePractice(subject('PUBLISHED', { revisionStatus: 'PUBLISHED' }), 'EDIT', editor)).toMatchObject({ target: 'NEW_REVISION' });
  });

  it('moves the open revision through the same cycle while the practice stays published', () => {
    const pub = (r: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED') => subject('PUBLISHED', { revisionStatus: r });
    expect(decidePractice(pub('DRAFT'), 'EDIT', editor)).toEqual({ ok: true, target: 'REVISION', from: 'DRAFT', to: 'DRAFT' });
    expect(decidePractice(pub('DRAFT'), 'SUBMIT', editor)).toEqual({ ok: true, target: 'REVISION', from: 'DRAFT', to: 'SUBMITTED' });
    expect(decidePractice(pub('SUBMITTED'), 'EDIT', editor)).toMatchObject({ ok: false, guard: 'LOCKED_UNDER_REVIEW' });
    expect(decidePractice(pub('SUBMITTED'), 'PUBLISH', admin)).toEqual({ ok: true, target: 'REVISION', from: 'SUBMITTED', to: 'PUBLISHED' });
    expect(decidePractice(pub('SUBMITTED'), 'REQUEST_CHANGES', admin, { comment: 'figures?' })).toMatchObject({ target: 'REVISION', to: 'CHANGES_REQUESTED' });
    expect(decidePractice(pub('SUBMITTED'), 'REJECT', admin, { comment: 'no' })).toMatchObject({ target: 'REVISION', to: 'REJECTED' });
    expect(decidePractice(pub('DRAFT'), 'PUBLISH', admin)).toMatchObject({ ok: false, guard: 'TRANSITION_NOT_ALLOWED' });
    expect(decidePractice(pub('DRAFT'), 'ARCHIVE', admin)).toEqual({ ok: true, target: 'PRACTICE', from: 'PUBLISHED', to: 'ARCHIVED' });
  });
});

describe('invariants (property-based)', () => {
  const statusArb = fc.constantFrom(...PRACTICE_STATUSES);
  const actionArb = fc.constantFrom(...PRACTICE_ACTIONS);
  const actorArb = fc.constantFrom(admin, editor, stranger);

  it('nobody reaches PUBLISHED except an admin publishing something submitted', () => {
    fc.assert(
      fc.property(statusArb, actionArb, actorArb, (status, action, actor) => {
        const d = decidePractice(subject(status), action, actor, { comment: 'c' });
        if (d.ok && d.to === 'PUBLISHED' && d.from !== 'PUBLISHED') {
          expect(actor.role).toBe('ADMIN');
          expect(d.from).toBe('SUBMITTED');
        }
      }),
    );
  });

  it('another partner’s editor is always refused; terminal statuses have no way out', () => {
    fc.assert(
      fc.property(statusArb, actionArb, (status, action) => {
        expect(decidePractice(subject(status), action, stranger, { comment: 'c' }).ok).toBe(false);
        if (status === 'REJECTED' || status === 'ARCHIVED') expect(decidePractice(subject(status), action, admin, { comment: 'c' }).ok).toBe(false);
      }),
    );
  });

  it('available actions are exactly the allowed ones', () => {
    expect(availablePracticeActions(subject('SUBMITTED'), admin)).toEqual(['EDIT', 'REQUEST_CHANGES', 'PUBLISH', 'REJECT']);
    expect(availablePracticeActions(subject('DRAFT'), editor)).toEqual(['EDIT', 'SUBMIT']);
    expect(availablePracticeActions(subject('PUBLISHED'), editor)).toEqual(['EDIT']);
  });
});

describe('helpers', () => {
  it('lists nothing missing for a complete practice', () => expect(missingForSubmission(complete)).toEqual([]));
  it.each([
    ['en', 'english'],
    ['IT', 'italian'],
    ['ro', 'romanian'],
    ['sl', 'simple'],
    ['mk', 'simple'],
  ])('search configuration of %s is %s', (lang, cfg) => expect(searchConfigFor(lang)).toBe(cfg));
  it.each([
    ['Innovation vouchers for SMEs', 'innovation-vouchers-for-smes'],
    ['Voucher per l’innovazione: università e imprese', 'voucher-per-l-innovazione-universita-e-imprese'],
    ['Clustere în județul Iași – știință', 'clustere-in-judetul-iasi-stiinta'],
    ['***', 'practice'],
  ])('slug of %s', (title, slug) => expect(practiceSlug(title)).toBe(slug));
});
