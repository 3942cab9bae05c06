export default defineBackground(() => {
  console.log('dossier background');
});
