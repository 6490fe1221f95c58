import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useParams } from 'react-router';
import {
  ForesightChangedSubscription,
  PanelSessionQuery,
  PostForesightCommentMutation,
  SubmitForesightAnswersMutation,
  UpdatePanellistProfileMutation,
  type PanelSessionFieldsFragment,
  type StakeholderType,
} from '@polisee/graphql';
import { DemoBadge, ErrorAlert, LoadError, Loading, foresightItemKindLabels, foresightScaleEnds, stakeholderTypeLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';
import { IqrBar } from './iqr-bar';

type Session = PanelSessionFieldsFragment;
type PanelStatement = Session['statements'][number];
type PanelItem = PanelStatement['items'][number];
type Comment = PanelStatement['comments'][number];

interface Draft {
  value: number | null;
  confidence: number | null;
  argument: string;
}

const outside = (value: number | null, group: PanelItem['group']) => value !== null && group != null && group.q1 != null && group.q3 != null && (value < group.q1 || value > group.q3);

function ScaleInput({ item, draft, disabled, onChange }: { item: PanelItem['item']; draft: Draft; disabled: boolean; onChange: (value: number) => void }) {
  const { t, i18n } = useLingui();
  const label = i18n._(foresightItemKindLabels[item.kind]);
  if (item.kind === 'YEAR') {
    const min = item.scaleMin;
    const max = item.scaleMax;
    return (
      <div className="field">
        <label htmlFor={`v-${item.id}`}>{t`${label} (a year from ${min} to ${max})`}</label>
        <input
          id={`v-${item.id}`}
          type="number"
          inputMode="numeric"
          min={item.scaleMin}
          max={item.scaleMax}
          step={1}
          disabled={disabled}
          value={draft.value ?? ''}
          onChange={(e) => onChange(Number(e.target.value))}
        />
      </div>
    );
  }
  const [low, high] = foresightScaleEnds[item.kind];
  const values = Array.from({ length: item.scaleMax - item.scaleMin + 1 }, (_, k) => item.scaleMin + k);
  const lowText = i18n._(low);
  const min = item.scaleMin;
  const max = item.scaleMax;
  const highText = i18n._(high);
  return (
    <fieldset className="scale-choices" data-testid={`scale-${item.id}`}>
      <legend>{t`${label}: ${min} = ${lowText}, ${max} = ${highText}`}</legend>
      {values.map((v) => (
        <label key={v}>
          <input type="radio" name={`v-${item.id}`} value={v} checked={draft.value === v} disabled={disabled} onChange={() => onChange(v)} />
          {v}
        </label>
      ))}
    </fieldset>
  );
}

function GroupFeedback({ item }: { item: PanelItem }) {
  const { t } = useLingui();
  const format = useFormat();
  const g = item.group;
  if (!g || g.median == null || g.q1 == null || g.q3 == null) return null;
  const round = g.roundNumber;
  const median = format.number(g.median, { maximumFractionDigits: 2, useGrouping: false });
  const q1 = format.number(g.q1, { maximumFractionDigits: 2, useGrouping: false });
  const q3 = format.number(g.q3, { maximumFractionDigits: 2, useGrouping: false });
  const n = g.n;
  const argumentCount = item.arguments.length;
  return (
    <div className="subcard" data-testid={`group-${item.item.id}`} data-median={g.median} data-q1={g.q1} data-q3={g.q3} data-consensus={String(g.consensus)}>
      <p>
        {g.frozen ? t`The group in round ${round}:` : t`The group so far (live):`} <strong>{t`median ${median}`}</strong>, {t`interquartile range ${q1}–${q3}`} (
        <Plural value={n} one="# answer" other="# answers" />) ·{' '}
        <span className={`badge ${g.consensus ? 'badge--success' : 'badge--muted'}`}>{g.consensus ? t`Consensus` : t`No consensus`}</span>
      </p>
      <IqrBar min={item.item.scaleMin} max={item.item.scaleMax} median={g.median} q1={g.q1} q3={g.q3} own={item.previousAnswer?.value ?? item.answer?.value} />
      {argumentCount ? (
        <details>
          <summary>{t`The panel’s arguments (${argumentCount})`}</summary>
          <ul>
            {item.arguments.map((a, k) => (
              <li key={k}>{a}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function CommentThread({ comments, parentId, onReply }: { comments: Comment[]; parentId: string | null; onReply: (id: string) => void }) {
  const { t } = useLingui();
  const format = useFormat();
  const children = comments.filter((c) => (c.parentId ?? null) === parentId);
  if (children.length === 0) return null;
  return (
    <ul className="comment-thread">
      {children.map((c) => (
        <li key={c.id} className="comment">
          <p className="muted">
            {c.mine ? t`You` : t`A panellist`} · {format.dateTime(c.createdAt)}
            {c.status === 'HIDDEN' ? ` · ${t`hidden by the moderators`}` : null}
          </p>
          <p>{c.body}</p>
          <button type="button" className="button button--ghost button--small" onClick={() => onReply(c.id)}>
            {t`Reply`}
          </button>
          <CommentThread comments={comments} parentId={c.id} onReply={onReply} />
        </li>
      ))}
    </ul>
  );
}

function Comments({ token, statement, onPosted }: { token: string; statement: PanelStatement; onPosted: (c: Comment) => void }) {
  const { t } = useLingui();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [post, posting] = useMutation(PostForesightCommentMutation);
  const id = statement.statement.id;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    const r = await post({ variables: { token, input: { statementId: id, parentId, body } } }).catch(() => null);
    if (r?.data) {
      onPosted(r.data.postForesightComment);
      setBody('');
      setParentId(null);
    }
  };
  const count = statement.comments.length;
  return (
    <details>
      <summary>
        <Plural value={count} _0="Discussion" one="Discussion (# comment)" other="Discussion (# comments)" />
      </summary>
      <CommentThread comments={statement.comments} parentId={null} onReply={setParentId} />
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`c-${id}`}>{parentId ? t`Your reply (anonymous)` : t`Your comment (anonymous)`}</label>
          <textarea id={`c-${id}`} rows={3} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        {posting.error ? <ErrorAlert>{errorMessage(posting.error)}</ErrorAlert> : null}
        <button type="submit" className="button button--small" disabled={posting.loading || !body.trim()}>
          {t`Post`}
        </button>{' '}
        {parentId ? (
          <button type="button" className="button button--ghost button--small" onClick={() => setParentId(null)}>
            {t`Cancel reply`}
          </button>
        ) : null}
      </form>
    </details>
  );
}

function Profile({ token, session }: { token: string; session: Session }) {
  const { t, i18n } = useLingui();
  const [save, saving] = useMutation(UpdatePanellistProfileMutation);
  const [type, setType] = useState<StakeholderType | ''>(session.stakeholderType ?? '');
  const [expertise, setExpertise] = useState<number | ''>(session.expertise ?? '');
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save({ variables: { token, input: { stakeholderType: type || null, expertise: expertise || null } } }).catch(() => null);
    setSaved(Boolean(r?.data));
  };
  return (
    <details className="subcard">
      <summary>{t`About you (optional, never shown with your answers)`}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="p-type">{t`You answer as`}</label>
          <select id="p-type" value={type} onChange={(e) => setType(e.target.value as StakeholderType | '')}>
            <option value="">{t`Prefer not to say`}</option>
            {(Object.keys(stakeholderTypeLabels) as StakeholderType[]).map((k) => (
              <option key={k} value={k}>
                {i18n._(stakeholderTypeLabels[k])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-expertise">{t`Your expertise on this topic (1 = low, 5 = high)`}</label>
          <select id="p-expertise" value={expertise} onChange={(e) => setExpertise(e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t`Prefer not to say`}</option>
            {[1, 2, 3, 4, 5].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--small" disabled={saving.loading}>
          {t`Save`}
        </button>
        <span role="status">{saved ? ` ${t`Saved.`}` : ''}</span>
      </form>
    </details>
  );
}

/** The panellist's answering page, opened by the personal invitation link. */
export function PanelPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useLingui();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(PanelSessionQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [submit, submitting] = useMutation(SubmitForesightAnswersMutation);
  const [session, setSession] = useState<Session | null>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const current = session ?? data?.panelSession ?? null;
  // Real time: another panellist's answer or comment, or a round opening or closing, refetches
  // the statistics without a reload (the drafts being typed stay as they are).
  const live = useSubscription(ForesightChangedSubscription, {
    variables: { token },
    skip: !data,
    onData: () => {
      void refetch().then(() => setSession(null));
    },
  });
  const exerciseTitle = current?.exercise.title ?? '';
  useDocumentTitle(current ? t`Your answers: ${exerciseTitle}` : error ? t`Invitation link` : null);

  // Drafts start from the saved answers (a later visit continues where the last one stopped).
  useEffect(() => {
    if (!current) return;
    setDrafts((prev) => {
      const next = { ...prev };
      for (const s of current.statements)
        for (const i of s.items) {
          if (!next[i.item.id]) next[i.item.id] = { value: i.answer?.value ?? null, confidence: i.answer?.confidence ?? null, argument: i.answer?.argument ?? '' };
        }
      return next;
    });
  }, [current]);

  const answered = useMemo(() => Object.values(drafts).filter((d) => d.value !== null).length, [drafts]);

  if (error) {
    const reason = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.reason : undefined;
    return (
      <div className="container section">
        <h1>{t`Invitation link`}</h1>
        {reason === 'INVITATION_REVOKED' ? (
          <ErrorAlert>{t`This invitation link was revoked by the organisers.`}</ErrorAlert>
        ) : reason === 'INVALID_PANEL_TOKEN' ? (
          <ErrorAlert>{t`This invitation link is not valid. Check that you copied the whole link.`}</ErrorAlert>
        ) : (
          <LoadError message={errorMessage(error)} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }
  if (loading && !current) return <Loading />;
  if (!current) return null;

  const setDraft = (itemId: string, patch: Partial<Draft>) => {
    setStatus('idle');
    setDrafts((d) => ({ ...d, [itemId]: { ...(d[itemId] ?? { value: null, confidence: null, argument: '' }), ...patch } }));
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const items = current.statements.flatMap((s) => s.items).filter((i) => drafts[i.item.id]?.value != null);
    const answers = items.map((i) => {
      const d = drafts[i.item.id]!;
      return { itemId: i.item.id, value: d.value!, confidence: d.confidence, argument: d.argument.trim() || null };
    });
    if (answers.length === 0) return;
    try {
      const r = await submit({ variables: { token, input: { answers } } });
      if (r.data) setSession(r.data.submitForesightAnswers);
      setFieldErrors({});
      setStatus('saved');
    } catch (err) {
      const errors: Record<string, string> = {};
      if (CombinedGraphQLErrors.is(err)) {
        const list = (err.errors[0]?.extensions?.fieldErrors ?? []) as { field: string; reason: string }[];
        for (const f of list) {
          const k = Number(/^answers\[(\d+)\]/.exec(f.field)?.[1]);
          const item = items[k];
          if (!item) continue;
          errors[item.item.id] =
            f.reason === 'REASON_REQUIRED'
              ? t`Your answer lies outside the group’s interquartile range: please give your reason.`
              : f.reason === 'OUT_OF_SCALE'
                ? t`Choose a value on the scale.`
                : t`This answer could not be saved.`;
        }
      }
      setFieldErrors(errors);
      setStatus('failed');
    }
  };

  const round = current.round;
  const roundNumber = round?.number ?? 0;
  const closesAt = round?.closesAt;
  const open = current.roundOpen;
  return (
    <div className="container section foresight-statement">
      <h1>
        {current.exercise.title} {current.exercise.isDemo ? <DemoBadge /> : null}
      </h1>
      <p>{current.exercise.topic}</p>
      <p className="alert" data-testid="round-status">
        {open
          ? current.exercise.method === 'REAL_TIME'
            ? t`The exercise is open: the group’s statistics update as the panel answers.`
            : t`Round ${roundNumber} is open. You can change your answers until it closes.`
          : round
            ? t`Round ${roundNumber} is closed. Thank you for your answers.`
            : t`The first round has not opened yet.`}{' '}
        {open && closesAt ? <FormatClose at={closesAt} /> : null}
      </p>
      {current.exercise.method === 'REAL_TIME' ? (
        <p className="muted" data-testid="live-status">
          {live.error ? t`Live updates are paused; reload the page to see the latest statistics.` : t`Live: the statistics update as the panel answers.`}
        </p>
      ) : null}
      <p className="muted">
        <Trans>Your answers are anonymous: no one, the organisers included, can see who answered what. Keep this link to yourself; it opens your answers.</Trans>
      </p>
      <Profile token={token} session={current} />
      <form onSubmit={(e) => void onSubmit(e)} aria-label={t`Your answers`} noValidate>
        {current.statements.map((s) => (
          <section key={s.statement.id} className="stage-section" aria-labelledby={`ps-${s.statement.id}`}>
            <p className="muted">{s.statement.theme}</p>
            <h2 id={`ps-${s.statement.id}`}>
              {s.statement.position}. {s.statement.text}
            </h2>
            {s.items.map((i) => {
              const draft = drafts[i.item.id] ?? { value: null, confidence: null, argument: '' };
              const needsReason = outside(draft.value, i.group);
              const label = i18n._(foresightItemKindLabels[i.item.kind]);
              const previous = i.previousAnswer?.value;
              const savedValue = i.answer?.value;
              return (
                <div key={i.item.id} className="foresight-item" data-testid={`item-${i.item.id}`}>
                  <GroupFeedback item={i} />
                  {previous != null ? (
                    <p data-testid={`previous-${i.item.id}`} data-value={previous}>
                      {t`Your answer in the previous round: ${previous}`}
                    </p>
                  ) : null}
                  {i.answer ? (
                    <p className="muted" data-testid={`own-${i.item.id}`} data-value={i.answer.value}>
                      {t`Saved answer: ${savedValue}`}
                    </p>
                  ) : null}
                  <ScaleInput item={i.item} draft={draft} disabled={!open} onChange={(value) => setDraft(i.item.id, { value })} />
                  <div className="field">
                    <label htmlFor={`conf-${i.item.id}`}>{t`How sure are you? (${label})`}</label>
                    <select
                      id={`conf-${i.item.id}`}
                      disabled={!open}
                      value={draft.confidence ?? ''}
                      onChange={(e) => setDraft(i.item.id, { confidence: e.target.value ? Number(e.target.value) : null })}
                    >
                      <option value="">{t`Not said`}</option>
                      <option value={1}>{t`1 – unsure`}</option>
                      <option value={2}>2</option>
                      <option value={3}>3</option>
                      <option value={4}>4</option>
                      <option value={5}>{t`5 – very sure`}</option>
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`arg-${i.item.id}`}>{needsReason ? t`Your reason (required: your answer is outside the group’s interquartile range)` : t`Your argument (optional, shown anonymously)`}</label>
                    <textarea
                      id={`arg-${i.item.id}`}
                      rows={2}
                      maxLength={2000}
                      disabled={!open}
                      aria-required={needsReason}
                      aria-invalid={fieldErrors[i.item.id] ? true : undefined}
                      aria-describedby={fieldErrors[i.item.id] ? `err-${i.item.id}` : undefined}
                      value={draft.argument}
                      onChange={(e) => setDraft(i.item.id, { argument: e.target.value })}
                    />
                    {fieldErrors[i.item.id] ? (
                      <p className="field__error" id={`err-${i.item.id}`}>
                        {fieldErrors[i.item.id]}
                      </p>
                    ) : null}
                  </div>
                </div>
              );
            })}
            <Comments
              token={token}
              statement={s}
              onPosted={(c) =>
                setSession({ ...current, statements: current.statements.map((x) => (x.statement.id === s.statement.id ? { ...x, comments: [...x.comments, c] } : x)) })
              }
            />
          </section>
        ))}
        {open ? (
          <p>
            <button type="submit" className="button" disabled={submitting.loading || answered === 0}>
              {t`Save my answers`}
            </button>{' '}
            <span role="status" data-testid="save-status">
              {status === 'saved' ? t`Your answers are saved.` : status === 'failed' ? t`Some answers need your attention.` : ''}
            </span>
          </p>
        ) : null}
        {submitting.error && Object.keys(fieldErrors).length === 0 ? <ErrorAlert>{errorMessage(submitting.error)}</ErrorAlert> : null}
      </form>
    </div>
  );
}

function FormatClose({ at }: { at: string }) {
  const { t } = useLingui();
  const format = useFormat();
  const when = format.dateTime(at);
  return <>{t`Planned close: ${when}.`}</>;
}
