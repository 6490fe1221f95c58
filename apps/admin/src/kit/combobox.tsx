import { Button, ComboBox, FieldError, Input, Label, Text, useFilter } from 'react-aria-components';
import { ComboOptions, type ComboOption } from './multi-combobox';

/**
 * A searchable single choice on React Aria Components (the one-value sibling of MultiComboBox):
 * type to narrow the list, arrow keys and Enter (or a click) to pick. The box shows the chosen
 * option's label. Render it once the options are there (the label is read when it mounts).
 */
export function ComboBoxField({
  label,
  hint,
  options,
  value,
  onChange,
  placeholder,
  emptyText,
  openLabel,
  error,
  testId,
}: {
  label: string;
  hint?: string;
  options: readonly ComboOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder?: string;
  emptyText: string;
  openLabel: string;
  error?: string;
  testId?: string;
}) {
  const { contains } = useFilter({ sensitivity: 'base' });
  return (
    <div className="field combo" data-testid={testId}>
      <ComboBox
        // React Aria keeps the text: the chosen option's label, or what one types (narrowing the list).
        defaultItems={options}
        defaultFilter={(text, typed) => contains(text, typed)}
        selectedKey={value}
        onSelectionChange={(key) => onChange(key === null ? null : String(key))}
        allowsEmptyCollection
        isInvalid={Boolean(error)}
        className="combo__box"
      >
        <Label className="combo__label">{label}</Label>
        <div className="combo__control">
          <Input className="input combo__input" placeholder={placeholder} />
          <Button className="combo__button" aria-label={openLabel}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        {hint ? (
          <Text slot="description" className="field__hint">
            {hint}
          </Text>
        ) : null}
        {error ? <FieldError className="field__error">{error}</FieldError> : null}
        <ComboOptions emptyText={emptyText} />
      </ComboBox>
    </div>
  );
}
