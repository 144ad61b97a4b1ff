import { useEffect } from 'preact/hooks';
import { getSettings, type Settings } from '../../storage/settings';
import { isRtlLanguage, resolveUiLanguage, setUiLanguage, useUiLanguage } from '../i18n';
import { useLiveQuery } from '../use-live-query';

/**
 * The settings, live, with the chosen UI language applied to this page:
 * strings, <html lang> and dir. Returns undefined until the settings are read,
 * so a page does not flash in the wrong language.
 */
export function useSettingsAndLanguage(): { settings: Settings | undefined; language: 'en' | 'ar'; error: unknown } {
  const { value: settings, error } = useLiveQuery(getSettings, []);
  const choice = settings?.uiLanguage;
  if (choice) setUiLanguage(choice); // before rendering children, so their t() calls use it
  const language = useUiLanguage();
  useEffect(() => {
    if (!choice) return;
    const resolved = resolveUiLanguage(choice);
    document.documentElement.lang = resolved;
    document.documentElement.dir = isRtlLanguage(resolved) ? 'rtl' : 'ltr';
  }, [choice]);
  return { settings, language: choice ? resolveUiLanguage(choice) : language, error };
}
