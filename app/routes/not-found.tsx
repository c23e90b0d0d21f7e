import { data } from "react-router";

// Throwing here lets the root error boundary render the friendly 404 page with the right status.
export function loader() {
  throw data(null, { status: 404 });
}

export function action() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
