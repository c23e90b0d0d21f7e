import { render } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { createRoutesStub, Outlet, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { getI18n, type Locale } from "~/i18n/i18n";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;
type StubComponent = NonNullable<Parameters<typeof createRoutesStub>[0][number]["Component"]>;

/**
 * A route module's page rendered in memory with React Router's createRoutesStub: its loader and
 * action are stand-ins the test writes (the real ones need a database and a session; integration
 * and e2e tests cover those), so a form's behaviour is checked in milliseconds.
 */
export function renderRoute({
  path,
  url,
  Component,
  loader,
  action,
  locale = "nb",
}: {
  path: string;
  url: string;
  // A route module's default export: the stub gives it loaderData, actionData and params as props.
  Component: StubComponent;
  loader?: Handler;
  action?: Handler;
  locale?: Locale;
}) {
  const Stub = createRoutesStub([
    {
      id: "root",
      Component: () => (
        <I18nextProvider i18n={getI18n(locale)}>
          <Outlet />
        </I18nextProvider>
      ),
      children: [{ id: "page", path, Component, loader, action }],
    },
  ]);
  return render(<Stub initialEntries={[url]} />);
}
