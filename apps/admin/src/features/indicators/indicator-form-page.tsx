import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import {
  CreateIndicatorMutation,
  IndicatorEditQuery,
  UpdateIndicatorMutation,
  type CreateIndicatorInput,
  type DevelopmentArea,
  type IndicatorKind,
  type IndicatorRowFragment,
  type IndicatorTransform,
  type Polarity,
} from '@polisee/graphql';
import { developmentAreaLabels, EnumSelect, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, polarityLabels } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { FormProblemAlert } from '../../kit/form-problem';
import { useEditForm, type ReasonMessages } from '../../kit/use-edit-form';
import type { IndicatorListLocationState } from './indicator-list-page';
import { indicatorStrings as t } from './strings';

const keysOf = <K extends string>(labels: Record<K, unknown>) => Object.keys(labels) as [K, ...K[]];
const choice = <K extends string>(labels: Record<K, unknown>, reason: string) =>
  z.union([z.enum(keysOf(labels)), z.literal('')]).refine((value) => value !== '', reason);
const optional = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The form's text as typed, checked as the API checks it (codes are the API's pattern: they
 * appear in import files and URLs), and turned into its input. Messages are reason codes.
 */
const indicatorSchema = z
  .object({
    code: z.string().trim().toUpperCase().min(1, 'CODE_REQUIRED').regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'CODE_INVALID'),
    name: z.string().trim().min(1, 'NAME_REQUIRED').max(200, 'NAME_TOO_LONG'),
    description: z.string(),
    unit: z.string().trim().min(1, 'UNIT_REQUIRED'),
    kind: choice(indicatorKindLabels, 'KIND_REQUIRED'),
    polarity: choice(polarityLabels, 'POLARITY_REQUIRED'),
    transform: z.enum(keysOf(indicatorTransformLabels)),
    area: choice(developmentAreaLabels, 'AREA_REQUIRED'),
    dimension: z.string(),
    source: z.string(),
  })
  .refine((values) => values.kind !== 'STRUCTURAL' || values.dimension.trim() !== '', { message: 'DIMENSION_REQUIRED', path: ['dimension'], when: () => true })
  .transform(
    (values): CreateIndicatorInput => ({
      code: values.code,
      name: values.name,
      description: optional(values.description),
      unit: values.unit,
      kind: values.kind as IndicatorKind,
      polarity: values.polarity as Polarity,
      transform: values.transform as IndicatorTransform,
      area: values.area as DevelopmentArea,
      dimension: values.kind === 'STRUCTURAL' ? optional(values.dimension) : null,
      source: optional(values.source),
    }),
  );

type IndicatorFormValues = z.input<typeof indicatorSchema>;

const empty: IndicatorFormValues = {
  code: '',
  name: '',
  description: '',
  unit: '',
  kind: '',
  polarity: '',
  transform: 'NONE',
  area: '',
  dimension: '',
  source: '',
};

function valuesOf(indicator: IndicatorRowFragment): IndicatorFormValues {
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description,
    unit: indicator.unit,
    kind: indicator.kind,
    polarity: indicator.polarity,
    transform: indicator.transform,
    area: indicator.area,
    dimension: indicator.dimension ?? '',
    source: indicator.source,
  };
}

const indicatorMessages: ReasonMessages = (reason) => t.reasons[reason];

export function IndicatorFormPage() {
  const { code } = useParams();
  const isAdmin = useIsAdmin();
  return (
    <section aria-labelledby="indicator-form-title">
      <p>
        <Link to="/indicators">← {t.backToList}</Link>
      </p>
      <h1 id="indicator-form-title">{code ? t.editTitle(code) : t.createTitle}</h1>
      {isAdmin ? <IndicatorForm key={code ?? 'new'} code={code} /> : <ErrorAlert>{t.forbidden}</ErrorAlert>}
    </section>
  );
}

function IndicatorForm({ code }: { code?: string }) {
  const navigate = useNavigate();
  const edit = useQuery(IndicatorEditQuery, { variables: { code: code ?? '' }, skip: !code, fetchPolicy: 'network-only' });
  const [createIndicator] = useMutation(CreateIndicatorMutation);
  const [updateIndicator] = useMutation(UpdateIndicatorMutation);
  const id = edit.data?.indicator?.id;
  const creating = !code;

  const save = useCallback(
    async (input: CreateIndicatorInput) => {
      if (id) {
        // Code and kind are fixed once created.
        const { code: _code, kind: _kind, ...changes } = input;
        const result = await updateIndicator({ variables: { input: { ...changes, id } } });
        return t.updated(result.data?.updateIndicator.code ?? input.code);
      }
      const result = await createIndicator({ variables: { input } });
      return t.created(result.data?.createIndicator.code ?? input.code);
    },
    [id, createIndicator, updateIndicator],
  );
  const onSaved = useCallback(
    async (status: string) => {
      const state: IndicatorListLocationState = { status };
      await navigate('/indicators', { state });
    },
    [navigate],
  );
  const { status, loadError, retry, form, formRef, onSubmit, saving, problem, errorOf } = useEditForm({
    schema: indicatorSchema,
    empty,
    load: code ? { loading: edit.loading, error: edit.error, record: edit.data ? edit.data.indicator : undefined, retry: () => void edit.refetch() } : undefined,
    toValues: valuesOf,
    save,
    onSaved,
    messages: indicatorMessages,
  });
  const { register, watch } = form;
  const kind = watch('kind');

  if (status === 'loading') return <Loading />;
  if (status === 'load-failed') return <LoadError title={t.loadFailed} message={loadError?.message} retryLabel={t.retry} onRetry={retry} />;
  if (status === 'not-found') return <ErrorAlert>{t.notFound}</ErrorAlert>;

  return (
    <form ref={formRef} className="card" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby="indicator-form-intro">
      <p id="indicator-form-intro" className="muted">
        {t.formIntro}
      </p>
      <FormProblemAlert problem={problem} title={t.saveFailed} fieldsMessage={t.fixFields} testId="indicator-form-error" />
      <div className="form-grid">
        <Field label={t.code} required={creating} hint={creating ? t.codeHint : undefined} error={errorOf('code')}>
          {(control) => <input {...control} className="input input--code" type="text" readOnly={!creating} autoCapitalize="characters" {...register('code')} />}
        </Field>
        <Field label={t.name} required error={errorOf('name')}>
          {(control) => <input {...control} className="input" type="text" {...register('name')} />}
        </Field>
        <Field label={t.kind} required={creating} error={errorOf('kind')}>
          {(control) => <EnumSelect {...control} labels={indicatorKindLabels} placeholder={t.choose} disabled={!creating} {...register('kind')} />}
        </Field>
        <Field label={t.area} required error={errorOf('area')}>
          {(control) => <EnumSelect {...control} labels={developmentAreaLabels} placeholder={t.choose} {...register('area')} />}
        </Field>
        <Field label={t.unit} required hint={t.unitHint} error={errorOf('unit')}>
          {(control) => <input {...control} className="input" type="text" {...register('unit')} />}
        </Field>
        <Field label={t.polarity} required error={errorOf('polarity')}>
          {(control) => <EnumSelect {...control} labels={polarityLabels} placeholder={t.choose} {...register('polarity')} />}
        </Field>
        <Field label={t.transform} hint={t.transformHint} error={errorOf('transform')}>
          {(control) => <EnumSelect {...control} labels={indicatorTransformLabels} {...register('transform')} />}
        </Field>
        <Field label={t.dimension} required={kind === 'STRUCTURAL'} hint={t.dimensionHint} error={errorOf('dimension')}>
          {(control) => <input {...control} className="input" type="text" disabled={kind !== 'STRUCTURAL'} {...register('dimension')} />}
        </Field>
        <Field label={t.description} error={errorOf('description')} className="field--wide">
          {(control) => <textarea {...control} className="textarea textarea--prose" rows={3} {...register('description')} />}
        </Field>
        <Field label={t.source} error={errorOf('source')} className="field--wide">
          {(control) => <input {...control} className="input" type="text" {...register('source')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : creating ? t.create : t.save}
        </button>
        <Link className="button button--secondary" to="/indicators">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
