// Vite import suffixes the explore app uses (declared here rather than pulling in vite/client
// types for the whole repository).
declare module 'oxigraph/web_bg.wasm?url' {
  const url: string;
  export default url;
}

declare module '*.rq?raw' {
  const text: string;
  export default text;
}
