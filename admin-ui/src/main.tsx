import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App } from './App';

// Real paths (/admin/users) instead of react-admin's default hash router: the gateway answers
// every /admin/* path with index.html, so links can be shared and reloaded. Like react-admin's own
// router, a data router (it also lets forms warn about unsaved changes); it owns the /admin
// prefix, so react-admin's paths stay /users, /login, ….
const router = createBrowserRouter([{ path: '*', element: <App /> }], {
  basename: import.meta.env.BASE_URL.replace(/\/$/, ''),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
