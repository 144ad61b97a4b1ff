// The browser harness lives with the scripts that also use it (scripts never import tests/).
export * from '../../scripts/browser-harness';
