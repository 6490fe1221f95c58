import { useMemo, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Tag, TagGroup, TagList, Text, useFilter } from 'react-aria-components';
import type { ReactNode } from 'react';

export interface ComboOption {
  id: string;
  label: string;
}

/**
 * A searchable multi-select on React Aria Components: type to narrow the list, arrow keys and
 * Enter (or a click) to pick, several values without Ctrl-click. The picked values show below as
 * tags; Backspace/Delete on a focused tag, or its × button, removes it. Nothing picked means
 * "all", as the API's filters read it.
 */
export function MultiComboBox({
  label,
  hint,
  options,
  value,
  onChange,
  placeholder,
  emptyText,
  selectedLabel,
  removeLabel,
  openLabel,
  testId,
  onInputChange,
}: {
  label: string;
  hint?: string;
  options: readonly ComboOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
  emptyText: string;
  /** Names the list of tags ("Chosen indicators"). */
  selectedLabel: string;
  removeLabel: (option: string) => string;
  openLabel: string;
  testId?: string;
  /**
   * The options come from a server search on the typed text: the parent searches, the box shows
   * the options as given (no local narrowing).
   */
  onInputChange?: (text: string) => void;
}) {
  const [input, setInput] = useState('');
  const { contains } = useFilter({ sensitivity: 'base' });
  const shown = useMemo(
    () => (onInputChange ? [...options] : options.filter((option) => contains(option.label, input) || contains(option.id, input))),
    [options, input, contains, onInputChange],
  );
  const typed = (text: string) => {
    setInput(text);
    onInputChange?.(text);
  };
  const byId = useMemo(() => new Map(options.map((option) => [option.id, option])), [options]);
  const selected = value.map((id) => byId.get(id) ?? { id, label: id });

  return (
    <div className="field combo" data-testid={testId}>
      <ComboBox
        selectionMode="multiple"
        items={shown}
        value={value}
        onChange={(keys) => onChange(keys.map(String))}
        // The search text goes when the list closes (Escape, Tab, a click outside): the list keeps
        // its place while picking several, and a closed box does not reopen on stale text.
        onOpenChange={(open) => {
          if (!open) typed('');
        }}
        inputValue={input}
        onInputChange={typed}
        allowsEmptyCollection
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
        <ComboOptions emptyText={emptyText} />
      </ComboBox>
      {selected.length > 0 ? (
        <TagGroup aria-label={selectedLabel} className="combo__tags" onRemove={(keys) => onChange(value.filter((id) => !keys.has(id)))}>
          <TagList items={selected} className="combo__taglist">
            {(option) => (
              <Tag id={option.id} textValue={option.label} className="combo__tag">
                {option.label}
                <Button slot="remove" className="combo__remove" aria-label={removeLabel(option.label)}>
                  ×
                </Button>
              </Tag>
            )}
          </TagList>
        </TagGroup>
      ) : null}
    </div>
  );
}

/** The list of a combobox's options in its popover, with a check on the selected ones (both comboboxes). */
export function ComboOptions({ emptyText }: { emptyText: ReactNode }) {
  return (
    <Popover className="combo__popover" offset={4}>
      <ListBox className="combo__list" renderEmptyState={() => <p className="combo__empty">{emptyText}</p>}>
        {(option: ComboOption) => (
          <ListBoxItem id={option.id} textValue={option.label} className="combo__option">
            {({ isSelected }) => (
              <>
                <span className="combo__check" aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                {option.label}
              </>
            )}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}
