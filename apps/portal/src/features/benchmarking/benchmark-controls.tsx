import { Field, aggregationLabels, normalisationLabels, optionsOf } from '@polisee/ui';
import type { Aggregation, Normalisation } from '@polisee/graphql';
import { CopyButton } from '@polisee/ui';
import { defaultWeight, maxGroupSize, maxWeight, minGroupSize, type BenchmarkParams } from './benchmark-params';
import { useBenchmarkStrings } from './messages';
import { glossaryTerm } from '../glossary/terms';
import { i18n } from '@lingui/core';

export interface WeightOption {
  key: string;
  label: string;
}

export type UpdateParams = (next: BenchmarkParams, options?: { debounce?: boolean }) => void;

function WeightSlider({ option, value, onChange }: { option: WeightOption; value: number; onChange: (value: number) => void }) {
  const t = useBenchmarkStrings();
  return (
    <li className="weight">
      <label className="weight__label" htmlFor={`weight-${option.key}`} title={option.label}>
        {option.label}
      </label>
      <input
        id={`weight-${option.key}`}
        className="weight__slider"
        type="range"
        min={0}
        max={maxWeight}
        step={0.5}
        value={value}
        aria-label={t.weightLabel(option.label)}
        aria-valuetext={String(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output className="weight__value" htmlFor={`weight-${option.key}`}>
        {value}
      </output>
    </li>
  );
}

export function BenchmarkControls({
  params,
  years,
  defaultYear,
  dimensions,
  indicators,
  onChange,
  onReset,
}: {
  params: BenchmarkParams;
  years: number[];
  /** The year the API uses when none is chosen (most official figures). */
  defaultYear: number | null;
  dimensions: WeightOption[];
  indicators: WeightOption[];
  onChange: UpdateParams;
  onReset: () => void;
}) {
  const t = useBenchmarkStrings();
  const sortedYears = [...years].sort((a, b) => b - a);
  const set = <K extends keyof BenchmarkParams>(key: K, value: BenchmarkParams[K], debounce = false) => onChange({ ...params, [key]: value }, { debounce });

  return (
    <section className="controls card" aria-labelledby="controls-title">
      <h2 id="controls-title">{t.controlsTitle}</h2>
      <p className="muted">{t.controlsIntro}</p>
      <div className="controls__grid">
        <Field label={t.year}>
          {(control) => (
            <select {...control} className="select" value={params.year ?? ''} onChange={(event) => set('year', event.target.value ? Number(event.target.value) : null)}>
              <option value="">{t.defaultYearOption(defaultYear)}</option>
              {sortedYears.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.compareYear}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={params.compareYear ?? ''}
              onChange={(event) => set('compareYear', event.target.value ? Number(event.target.value) : null)}
            >
              <option value="">{t.noCompare}</option>
              {sortedYears
                .filter((year) => year < (params.year ?? defaultYear ?? Infinity))
                .map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t.groupSize} hint={t.groupSizeHint(minGroupSize, maxGroupSize)}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              min={minGroupSize}
              max={maxGroupSize}
              value={params.groupSize}
              onChange={(event) => {
                const value = Math.round(Number(event.target.value));
                if (Number.isFinite(value)) set('groupSize', Math.min(maxGroupSize, Math.max(minGroupSize, value)), true);
              }}
            />
          )}
        </Field>
        <Field label={t.normalisation} hint={i18n._(glossaryTerm('normalisation').short)}>
          {(control) => (
            <select {...control} className="select" value={params.normalisation} onChange={(event) => set('normalisation', event.target.value as Normalisation)}>
              {optionsOf(normalisationLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.aggregation} hint={i18n._(glossaryTerm('aggregation').short)}>
          {(control) => (
            <select {...control} className="select" value={params.aggregation} onChange={(event) => set('aggregation', event.target.value as Aggregation)}>
              {optionsOf(aggregationLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="checkbox-field">
          <label>
            <input type="checkbox" checked={params.excludeSameCountry} onChange={(event) => set('excludeSameCountry', event.target.checked)} />{' '}
            {t.excludeSameCountry}
          </label>
        </div>
        <div className="checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={params.officialOnly}
              aria-describedby="official-only-hint"
              onChange={(event) => set('officialOnly', event.target.checked)}
              data-testid="official-only"
            />{' '}
            {t.officialOnly}
          </label>
          <p className="field__hint" id="official-only-hint">
            {t.officialOnlyHint}
          </p>
        </div>
      </div>

      <div className="controls__weights">
        <fieldset className="weights">
          <legend>{t.dimensionWeights}</legend>
          <p className="field__hint">{t.dimensionWeightsHint}</p>
          <ul>
            {dimensions.map((option) => (
              <WeightSlider
                key={option.key}
                option={option}
                value={params.dimensionWeights[option.key] ?? defaultWeight}
                onChange={(value) => set('dimensionWeights', { ...params.dimensionWeights, [option.key]: value }, true)}
              />
            ))}
          </ul>
        </fieldset>
        <fieldset className="weights">
          <legend>{t.indicatorWeights}</legend>
          <p className="field__hint">{t.indicatorWeightsHint}</p>
          <ul className="weights__list--scroll">
            {indicators.map((option) => (
              <WeightSlider
                key={option.key}
                option={option}
                value={params.indicatorWeights[option.key] ?? defaultWeight}
                onChange={(value) => set('indicatorWeights', { ...params.indicatorWeights, [option.key]: value }, true)}
              />
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="button" className="button button--secondary button--small" onClick={onReset}>
          {t.resetSettings}
        </button>
        <CopyButton text={window.location.href} label={t.copyLink} />
      </div>
    </section>
  );
}
