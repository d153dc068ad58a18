// vnu-jar's main module is the path of the Nu Html Checker's jar (the package ships no types).
declare module 'vnu-jar' {
  const jar: string;
  export default jar;
}
