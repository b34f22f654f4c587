export default function Home() {
  return (
    <main>
      <h1>Shop</h1>
      <p>Everything you need, delivered tomorrow.</p>
    </main>
  );
}
