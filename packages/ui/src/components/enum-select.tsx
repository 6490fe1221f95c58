import type { SelectHTMLAttributes } from 'react';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react';

/**
 * A <select> over an enum's values, showing their labels (`partnerTypeLabels` and the like, translated in the active locale), in
 * the order the labels are declared. `exclude` leaves out choices the server would refuse (the
 * current value stays offered, so an existing record still shows what it holds); `placeholder`
 * adds an empty first option ("Choose…", or "All types" in a filter). Spreads the rest onto the
 * <select>, so `Field`'s control props and react-hook-form's `register()` (with its ref) fit.
 */
export function EnumSelect<K extends string>({
  labels,
  placeholder,
  exclude = [],
  value,
  className = 'select',
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'children'> & {
  labels: Readonly<Record<K, MessageDescriptor>>;
  placeholder?: string;
  exclude?: readonly K[];
  value?: K | '';
  ref?: React.Ref<HTMLSelectElement>;
}) {
  const { i18n } = useLingui();
  const keys = (Object.keys(labels) as K[]).filter((key) => key === value || !exclude.includes(key));
  return (
    <select className={className} {...(value !== undefined ? { value } : {})} {...rest}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {keys.map((key) => (
        <option key={key} value={key}>
          {i18n._(labels[key])}
        </option>
      ))}
    </select>
  );
}
