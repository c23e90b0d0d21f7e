import { Form, useLoaderData } from "react-router";

/** The floor of the openings benchmark: one loader and one form, no app layout. */
export function loader({ request }: { request: Request }) {
  return { q: new URL(request.url).searchParams.get("q") ?? "" };
}

export default function Home() {
  const { q } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Arbeidsbro</h1>
      <Form method="get">
        <label htmlFor="q">Søk</label>
        <input id="q" name="q" defaultValue={q} />
        <button type="submit">Søk</button>
      </Form>
    </main>
  );
}
