// How many input features the data points of the open experiment have (2 for the 2-D sets, d for
// a table, 0 for a task without data points): the feature choices the binding editor offers.
import { createContext } from 'react';

export const InputFeatures = createContext(2);
