/**
 * A case scope as SQL: the policy's (access/policy.ts `caseScopeSql`), under the name the code not moved to the policy
 * yet still imports.
 */
export { caseScopeSql as scopeCondition } from '../access/policy';
