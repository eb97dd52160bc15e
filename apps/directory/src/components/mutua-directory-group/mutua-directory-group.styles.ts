import { baseStyles } from '@mutua/elements';
import { pageStyles } from '../../styles/page-styles.js';

export const styles = [baseStyles, pageStyles];
