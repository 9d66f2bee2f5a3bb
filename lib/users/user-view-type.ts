// The REST API's JSON shape of a user, built by toUserView (user-view.ts) and read by the console.
// Types only, so client code may import it.

export type UserView = {
  id: string;
  email: string;
  name: string | null;
  roles: string[];
  isDisabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  signInMethods: ("password" | "oidc")[];
};
